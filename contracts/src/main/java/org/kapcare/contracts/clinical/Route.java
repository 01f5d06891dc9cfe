package org.kapcare.contracts.clinical;

/** How ketamine is administered; it decides staffing, equipment and monitoring time. */
public enum Route {
  IV,
  IM,
  SUBLINGUAL,
  INTRANASAL
}
