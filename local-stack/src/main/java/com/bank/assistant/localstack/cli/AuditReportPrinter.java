package com.bank.assistant.localstack.cli;

import tools.jackson.databind.JsonNode;

/**
 * Prints the audit checks' report for a person: one line per check, then its violations.
 */
final class AuditReportPrinter {

	private AuditReportPrinter() {
	}

	static void print(JsonNode report) {
		System.out.println("Audit trail checks at " + report.path("checkedAt").asString() + ": "
				+ report.path("conversations").asInt() + " conversation(s)");
		for (JsonNode check : report.path("checks")) {
			printCheck(check);
		}
		System.out
			.println(report.path("ok").asBoolean(false) ? "Result: OK, no violation" : "Result: VIOLATIONS FOUND");
	}

	private static void printCheck(JsonNode check) {
		String status = check.path("status").asString();
		String line = String.format("  %-15s %s", status, check.path("name").asString());
		System.out.println(line + " (" + check.path("checked").asInt() + " checked, " + check.path("violations").size()
				+ " violation(s)): " + check.path("description").asString());
		for (JsonNode violation : check.path("violations")) {
			System.out.println("      conversation " + violation.path("conversationId").asString() + ", record "
					+ violation.path("sequence").asLong() + " (" + violation.path("eventId").asString() + "): "
					+ violation.path("reason").asString());
			for (JsonNode record : violation.path("records")) {
				System.out.println("        #" + record.path("sequence").asLong() + " " + record.path("type").asString()
						+ " " + record.path("eventId").asString() + " at " + record.path("occurredAt").asString());
			}
		}
	}

}
