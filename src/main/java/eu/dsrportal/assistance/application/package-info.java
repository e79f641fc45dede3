/**
 * Use cases of assistance: customers give instructions on their requests, staff accept them as
 * tasks, log time and complete them (AssistanceDesk).
 */
package eu.dsrportal.assistance.application;
