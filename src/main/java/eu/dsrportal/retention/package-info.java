/**
 * Retention (issue 13): personal data leaves when its time is up (contract art. 14). A daily job
 * anonymises handled requests, clears sent mails' bodies and removes orphan files; at the end of
 * service an ended customer's data is exported, then deleted, with a deletion certificate. It reads
 * and removes other contexts' rows by SQL, as the one context whose job is to forget.
 */
package eu.dsrportal.retention;
