package eu.dsrportal.digest.web;

import eu.dsrportal.digest.application.DigestSettings;
import eu.dsrportal.shared.domain.Language;
import eu.dsrportal.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A support user's own daily digest: on or off, and its language (/account/digest.xhtml). */
@Named
@RequestScoped
public class DigestSettingsBacking {

  @Inject DigestSettings digestSettings;

  private boolean enabled;
  private Language language;

  @PostConstruct
  void load() {
    DigestSettings.Choice choice = digestSettings.own();
    enabled = choice.enabled();
    language = choice.language();
  }

  public void save() {
    digestSettings.chooseOwn(enabled, language == null ? Language.DEFAULT : language);
    Messages.info(enabled ? "digest.saved.on" : "digest.saved.off");
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}
