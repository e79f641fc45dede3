/** The breach register's entries and the notices sent about them. */
package eu.dsrportal.breach.domain;
