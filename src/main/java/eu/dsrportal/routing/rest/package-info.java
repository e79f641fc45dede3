/**
 * The staff API on requests (bearer tokens only): list, read, forward, close, suggestions; the same
 * application services, roles and audit as the staff pages.
 */
package eu.dsrportal.routing.rest;
