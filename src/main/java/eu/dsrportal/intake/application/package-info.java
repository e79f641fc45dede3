/**
 * Use cases of intake: subjects submit and confirm requests (SubjectSubmissions), staff enter
 * requests from other channels (StaffEntry), requests are found (RequestQueries); the subject's
 * first mail and links.
 */
package eu.dsrportal.intake.application;
