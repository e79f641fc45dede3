package eu.dsrportal.shared.web;

import eu.dsrportal.shared.domain.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Locale;

/**
 * The language of the page: the one just chosen (a {@code ?lang=} link), else the one chosen before
 * (a cookie, so no session is needed), else the browser's Accept-Language, else Dutch.
 */
@Named
@RequestScoped
public class LocaleBacking {

  private Language language;
  private Locale formatting;

  public Locale getLocale() {
    return language().locale();
  }

  /** The locale dates and numbers are formatted in: the language with a region. */
  public Locale formattingLocale() {
    if (formatting == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      formatting = UserLocale.formatting(language(), UserLocale.accepted(request));
    }
    return formatting;
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

  private static Language negotiate() {
    FacesContext context = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    Object chosen = request.getAttribute(LanguageFilter.CHOSEN);
    if (chosen instanceof Language l) {
      return l;
    }
    Iterator<Locale> preferred = context.getExternalContext().getRequestLocales();
    while (preferred.hasNext()) {
      var match = Language.fromTag(preferred.next().getLanguage());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return Language.DEFAULT;
  }
}
