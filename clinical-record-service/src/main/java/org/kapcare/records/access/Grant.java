package org.kapcare.records.access;

import java.util.Set;
import org.kapcare.records.consent.ShareScope;

/**
 * Why an access was allowed: the relation that allowed it, whether it rests on a break-the-glass
 * grant, and for partners the consented scope.
 */
public record Grant(Relation relation, boolean breakGlass, Set<ShareScope> partnerScope) {

  public boolean is(Relation candidate) {
    return relation == candidate;
  }
}
