package com.bank.assistant.localstack.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON object {@code bin/assistant chat --say} prints for a reply. */
final class ChatSummary {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChatSummary() {
	}

	/**
	 * Flattens the gateway's answer: reply text, intent, dialog state, buttons and the
	 * transfer receipt.
	 */
	static ObjectNode of(JsonNode answer) {
		JsonNode reply = answer.path("reply");
		ObjectNode summary = JSON.createObjectNode();
		summary.put("conversationId", answer.path("conversationId").asString());
		summary.put("messageId", answer.path("messageId").asString());
		summary.put("reply", reply.path("text").asString());
		summary.put("intent", reply.path("intent").asString());
		summary.put("dialogState", reply.path("dialogState").asString());
		summary.put("locale", reply.path("locale").asString());
		summary.set("quickReplies", reply.path("quickReplies"));
		JsonNode transfer = reply.path("transfer");
		if (transfer.isObject()) {
			summary.set("transfer", receipt(transfer));
		}
		return summary;
	}

	private static ObjectNode receipt(JsonNode transfer) {
		ObjectNode receipt = JSON.createObjectNode();
		receipt.put("id", transfer.path("transferId").asString());
		receipt.put("amount", transfer.path("amount").path("amount").asString());
		receipt.put("currency", transfer.path("amount").path("currency").asString());
		receipt.put("recipient", transfer.path("recipient").path("name").asString());
		receipt.put("pixKey", transfer.path("recipient").path("pixKey").asString());
		receipt.put("newBalance", transfer.path("balanceAfter").path("amount").asString());
		receipt.put("executedAt", transfer.path("executedAt").asString());
		return receipt;
	}

}
