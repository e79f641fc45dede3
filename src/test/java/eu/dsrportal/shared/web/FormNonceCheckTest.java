package eu.dsrportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormNonceCheckTest {
  private final String nonce = ScriptNonceFilter.freshNonce();

  @Test
  void aViewWithANonceAcceptsOnlyItsOwn() {
    assertThat(FormNonceCheck.accepts(nonce, nonce)).isTrue();
    assertThat(FormNonceCheck.accepts(nonce, null)).isFalse();
    assertThat(FormNonceCheck.accepts(nonce, "")).isFalse();
    assertThat(FormNonceCheck.accepts(nonce, ScriptNonceFilter.freshNonce())).isFalse();
  }

  @Test
  void aViewWithoutOneAcceptsAWellFormedNonceOnly() {
    assertThat(FormNonceCheck.accepts(null, nonce)).isTrue();
    assertThat(FormNonceCheck.accepts(null, null)).isFalse();
    assertThat(FormNonceCheck.accepts(null, "")).isFalse();
    assertThat(FormNonceCheck.accepts(null, "bm90IGEgdXVpZA==")).isFalse();
    assertThat(FormNonceCheck.accepts(null, "%%%")).isFalse();
  }
}
