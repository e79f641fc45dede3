package eu.dsrportal.shared.domain;

/**
 * What a data subject asks: one of the GDPR rights (the article is shown to staff and customers),
 * or something else, for those who are not sure.
 */
public enum DataSubjectRight {
  ACCESS("15"),
  RECTIFICATION("16"),
  ERASURE("17"),
  RESTRICTION("18"),
  PORTABILITY("20"),
  OBJECTION("21"),
  AUTOMATED_DECISION("22"),
  WITHDRAW_CONSENT("7(3)"),
  /** Something else, or the subject is not sure which right applies. */
  OTHER(null);

  private final String article;

  DataSubjectRight(String article) {
    this.article = article;
  }

  /** The GDPR article; null for {@link #OTHER}. */
  public String article() {
    return article;
  }

  public boolean hasArticle() {
    return article != null;
  }
}
