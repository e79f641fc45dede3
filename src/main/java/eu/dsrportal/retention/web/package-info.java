/** The administrators' retention page and the export and certificate downloads. */
package eu.dsrportal.retention.web;
