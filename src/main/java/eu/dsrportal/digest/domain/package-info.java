/** What goes into a digest (pure composition), and who switched theirs off. */
package eu.dsrportal.digest.domain;
