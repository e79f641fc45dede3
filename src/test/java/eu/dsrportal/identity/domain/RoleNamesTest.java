package eu.dsrportal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dsrportal.shared.domain.RoleNames;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The constants the annotations use name exactly the roles there are. */
class RoleNamesTest {

  @Test
  void everyRoleHasItsConstantAndEveryConstantIsARole() throws Exception {
    Map<String, Object> constants =
        Arrays.stream(RoleNames.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .collect(Collectors.toMap(Field::getName, RoleNamesTest::value));

    assertThat(constants.keySet())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    constants.forEach((field, value) -> assertThat(value).as(field).isEqualTo(field));
  }

  private static Object value(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
