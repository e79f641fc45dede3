package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordPropertiesTest {
  private record Backlog(long pending, Instant nextTry) {}

  private final RecordProperties resolver = new RecordProperties();

  @Test
  void aRecordsComponentsReadAsPropertiesAndNothingElseIsTouched() {
    Backlog backlog = new Backlog(7, Instant.parse("2026-12-04T10:00:00Z"));

    ELContext pending = new Context();
    assertThat(resolver.getValue(pending, backlog, "pending")).isEqualTo(7L);
    assertThat(pending.isPropertyResolved()).isTrue();
    assertThat(resolver.getValue(new Context(), backlog, "nextTry"))
        .isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    ELContext readOnly = new Context();
    assertThat(resolver.isReadOnly(readOnly, backlog, "pending")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(new Context(), backlog, "pending", 8L))
        .isInstanceOf(PropertyNotWritableException.class);

    // left to the other resolvers: an unknown component, a bean, no base
    for (Object[] other :
        new Object[][] {{backlog, "failed"}, {"a string", "bytes"}, {null, "outboxBacking"}}) {
      ELContext context = new Context();
      assertThat(resolver.getValue(context, other[0], other[1])).isNull();
      assertThat(context.isPropertyResolved()).as("%s.%s", other[0], other[1]).isFalse();
    }
  }

  /** Only what a resolver asks of its context. */
  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
