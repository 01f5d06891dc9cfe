package org.kapcare.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void shouldAllowTheBurstThenRefillAtTheRate() {
    TokenBucket bucket = new TokenBucket(2, 3, 0);
    assertEquals(0, bucket.take(0));
    assertEquals(0, bucket.take(0));
    assertEquals(0, bucket.take(0));
    long wait = bucket.take(0);
    assertEquals(SECOND / 2, wait, "2 per second: the next token in half a second");
    assertEquals(0, bucket.take(SECOND / 2));
    assertTrue(bucket.take(SECOND / 2) > 0);
  }

  @Test
  void shouldNeverHoldMoreThanTheBurst() {
    TokenBucket bucket = new TokenBucket(10, 2, 0);
    long later = 60 * SECOND;
    assertEquals(0, bucket.take(later));
    assertEquals(0, bucket.take(later));
    assertTrue(bucket.take(later) > 0);
  }
}
