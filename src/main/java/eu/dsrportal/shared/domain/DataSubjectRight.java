package eu.dsrportal.shared.domain;

/** The GDPR rights a data subject can exercise; the article is shown to staff and customers. */
public enum DataSubjectRight {
  ACCESS("15"),
  RECTIFICATION("16"),
  ERASURE("17"),
  RESTRICTION("18"),
  PORTABILITY("20"),
  OBJECTION("21"),
  AUTOMATED_DECISION("22"),
  WITHDRAW_CONSENT("7(3)");

  private final String article;

  DataSubjectRight(String article) {
    this.article = article;
  }

  public String article() {
    return article;
  }
}
