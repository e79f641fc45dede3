/** The administrators' breach register pages and the customer's notice pages. */
package eu.dsrportal.breach.web;
