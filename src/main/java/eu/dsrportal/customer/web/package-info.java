/** The administrators' customers page. */
package eu.dsrportal.customer.web;
