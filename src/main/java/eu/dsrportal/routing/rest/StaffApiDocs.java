package eu.dsrportal.routing.rest;

import eu.dsrportal.shared.rest.StaffApi;

/** Examples of the staff API's answers, for the OpenAPI document. */
final class StaffApiDocs {
  static final String BEARER = StaffApi.SCHEME;

  static final String UNAUTHORIZED =
      "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"Send an API token: Authorization: Bearer <token>.\"}";
  static final String THROTTLED =
      "{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
          + "\"detail\":\"Too many refused API tokens from this address; its tokens are not"
          + " checked until Retry-After has passed.\"}";
  static final String FORBIDDEN =
      "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"The roles of this token's account do not allow this. Nothing was"
          + " changed.\"}";
  static final String CONFLICT =
      "{\"type\":\"about:blank\",\"title\":\"Not possible now\",\"status\":409,"
          + "\"detail\":\"This request was forwarded already.\"}";
  static final String INVALID_CUSTOMER =
      "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
          + "\"detail\":\"No such customer; nothing was done.\","
          + "\"errors\":[{\"field\":\"customerId\",\"message\":\"No customer has this id.\"}]}";
  static final String INVALID_REASON =
      "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
          + "\"detail\":\"The body must give the reason.\",\"errors\":[{\"field\":\"reason\","
          + "\"message\":\"One of DUPLICATE, WITHDRAWN, NOT_OUR_CUSTOMER, ANSWERED, SPAM,"
          + " NOT_GDPR, PROVIDER_IS_CONTROLLER.\"}]}";
  static final String REQUEST =
      "{\"reference\":\"DSR-2026-000042\",\"status\":\"FORWARDED\",\"kind\":\"ERASURE\","
          + "\"channel\":\"WEB_FORM\",\"origin\":\"DATA_SUBJECT\","
          + "\"receivedAt\":\"2026-12-03T09:12:44.120Z\",\"subjectName\":\"Jan Peeters\","
          + "\"subjectEmail\":\"jan@example.org\",\"organisation\":\"Acme\","
          + "\"service\":\"Web shop\",\"language\":\"nl\","
          + "\"description\":\"Please delete my customer account.\","
          + "\"notificationForbidden\":false,"
          + "\"forwarding\":{\"customerId\":12,\"customerName\":\"Acme Retail NV\","
          + "\"forwardedAt\":\"2026-12-03T09:30:02.5Z\",\"forwardedBy\":\"support\"},"
          + "\"answerDue\":\"2027-01-04\",\"answerExtended\":false}";
  static final String PAGE =
      "{\"items\":[{\"reference\":\"DSR-2026-000043\",\"status\":\"RECEIVED\","
          + "\"kind\":\"ACCESS\",\"channel\":\"API\",\"receivedAt\":\"2026-12-03T10:01:00Z\","
          + "\"ageDays\":0,\"subjectName\":\"Ann Smith\",\"subjectEmail\":\"ann@example.org\","
          + "\"organisation\":\"Kroon\",\"returned\":false,\"assignee\":\"support\","
          + "\"nextDueAt\":\"2026-12-04T22:59:59.999999Z\",\"nextDueKind\":\"FORWARD\","
          + "\"dueState\":\"OK\"}],"
          + "\"nextCursor\":\"MTc2NDc1NjA2MDAwMDAwMC40Mw\"}";

  static final String SUGGESTIONS =
      "[{\"customerId\":12,\"name\":\"Acme Retail NV\",\"score\":1.0,"
          + "\"reasons\":[\"NAME\",\"EMAIL_DOMAIN\"],\"privacyContactName\":\"Privacy desk\","
          + "\"privacyContactEmail\":\"privacy@acme.example\","
          + "\"address\":\"Meir 1, 2000 Antwerpen, BE\"},"
          + "{\"customerId\":31,\"name\":\"ACME Logistics BV\",\"score\":0.912,"
          + "\"reasons\":[\"NAME\"],\"privacyContactName\":\"DPO\","
          + "\"privacyContactEmail\":\"dpo@acmelogistics.example\",\"address\":null}]";

  private StaffApiDocs() {}
}
