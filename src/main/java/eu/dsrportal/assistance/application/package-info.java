/**
 * Use cases of assistance: customers give and change instructions, approve staff proposals and
 * estimates and write in a task's thread (CustomerTasks); staff list tasks, take or refuse
 * instructions, propose, estimate and move tasks along (TaskDesk, TaskActions); the request pages'
 * assistance (AssistanceDesk); billing's port into the work (BillableWork). docs/assistance.md.
 */
package eu.dsrportal.assistance.application;
