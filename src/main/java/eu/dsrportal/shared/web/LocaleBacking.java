package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;

/**
 * The language of the pages: first from the browser's Accept-Language, then as the user switches
 * it.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  private Language language;

  public Locale getLocale() {
    return language().locale();
  }

  public String getTag() {
    return language().tag();
  }

  public Language language() {
    if (language == null) {
      language = negotiate();
    }
    return language;
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public void change(String tag) {
    Language.fromTag(tag).ifPresent(l -> language = l);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
  }

  private static Language negotiate() {
    Iterator<Locale> preferred =
        FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
    while (preferred.hasNext()) {
      var match = Language.fromTag(preferred.next().getLanguage());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return Language.DEFAULT;
  }
}
