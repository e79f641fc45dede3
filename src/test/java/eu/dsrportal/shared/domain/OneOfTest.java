package eu.dsrportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

/** The API's closed fields accept exactly the enum's constants. */
class OneOfTest {

  @Test
  void rightsAreTheEnumsNamesExactly() {
    OneOf.Check check = check(DataSubjectRight.class, false);
    for (DataSubjectRight right : DataSubjectRight.values()) {
      assertThat(check.isValid(right.name(), null)).as(right.name()).isTrue();
    }
    assertThat(check.isValid(null, null)).isTrue();
    assertThat(check.isValid("EVERYTHING", null)).isFalse();
    assertThat(check.isValid("erasure", null)).isFalse();
    assertThat(check.isValid("ERASURE ", null)).isFalse();
    assertThat(check.isValid("", null)).isFalse();
  }

  @Test
  void languagesAreTheirLowerCaseTags() {
    OneOf.Check check = check(Language.class, true);
    for (Language language : Language.values()) {
      assertThat(check.isValid(language.tag(), null)).as(language.tag()).isTrue();
    }
    assertThat(check.isValid("NL", null)).isFalse();
    assertThat(check.isValid("xx", null)).isFalse();
  }

  private static OneOf.Check check(Class<? extends Enum<?>> type, boolean lowerCase) {
    OneOf.Check check = new OneOf.Check();
    check.initialize(
        new OneOf() {
          @Override
          public Class<? extends Annotation> annotationType() {
            return OneOf.class;
          }

          @Override
          public Class<? extends Enum<?>> value() {
            return type;
          }

          @Override
          public boolean lowerCase() {
            return lowerCase;
          }

          @Override
          public String message() {
            return "";
          }

          @Override
          public Class<?>[] groups() {
            return new Class<?>[0];
          }

          @Override
          @SuppressWarnings("unchecked")
          public Class<? extends jakarta.validation.Payload>[] payload() {
            return new Class[0];
          }
        });
    return check;
  }
}
