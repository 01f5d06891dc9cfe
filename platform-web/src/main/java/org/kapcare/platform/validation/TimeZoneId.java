package org.kapcare.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

/** An IANA time-zone id such as {@code America/Los_Angeles}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneId.Validator.class)
public @interface TimeZoneId {
  String message() default "must be an IANA time zone such as America/Los_Angeles";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts ids {@link ZoneId} knows by region name. */
  class Validator implements ConstraintValidator<TimeZoneId, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ZoneId.getAvailableZoneIds().contains(value);
    }
  }
}
