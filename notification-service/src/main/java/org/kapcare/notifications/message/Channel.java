package org.kapcare.notifications.message;

/** How a message reaches a person. */
public enum Channel {
  EMAIL,
  SMS,
  IN_APP
}
