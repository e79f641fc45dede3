package eu.dsrportal.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text (from a form or JSON) names a constant of the enum: its name, or with {@code lowerCase}
 * its name in lower case, as language tags are written. The enum is the only list of what is
 * allowed. Null is valid; add {@code @NotNull} where a value is required.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
  Class<? extends Enum<?>> value();

  boolean lowerCase() default false;

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares with the constants' names exactly, so " ERASURE" and "erasure" are refused. */
  class Check implements ConstraintValidator<OneOf, String> {
    private String[] allowed;

    @Override
    public void initialize(OneOf oneOf) {
      allowed =
          Arrays.stream(oneOf.value().getEnumConstants())
              .map(Enum::name)
              .map(n -> oneOf.lowerCase() ? n.toLowerCase(Locale.ROOT) : n)
              .toArray(String[]::new);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Arrays.asList(allowed).contains(value);
    }
  }
}
