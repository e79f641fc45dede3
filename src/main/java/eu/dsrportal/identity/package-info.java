/** Users, roles, login and password hashing. */
package eu.dsrportal.identity;
