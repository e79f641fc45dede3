/** Where the bytes of an answer's files are kept (beside the requests' attachments). */
package eu.dsrportal.inquiry.infrastructure;
