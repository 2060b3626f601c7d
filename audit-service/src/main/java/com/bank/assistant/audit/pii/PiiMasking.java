package com.bank.assistant.audit.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The general view of an envelope: its header as published, and in its {@code data} every
 * string masked unless its field is known to carry no personal data. Unknown fields are
 * masked, so a new field is private until someone decides otherwise.
 */
public final class PiiMasking {

	/** Fields whose text is never personal: codes, ids, amounts, dates, model names. */
	static final Set<String> PLAIN_FIELDS = Set.of("transferId", "locale", "intent", "dialogState", "channel", "reason",
			"amount", "currency", "executedAt", "scheduledFor", "confirmationMessageId", "model", "version", "cost",
			"decision", "outcome", "rule");

	/** Slots whose value is not personal. */
	static final Set<String> PLAIN_SLOTS = Set.of("amount", "currency", "date");

	/**
	 * Fields holding slot name to value ({@code SlotsUpdated}).
	 */
	static final Set<String> SLOT_MAPS = Set.of("slots", "extracted", "frame");

	/**
	 * Fields of slot names and rejection codes only ({@code SlotsUpdated}): nothing
	 * personal.
	 */
	static final Set<String> PLAIN_STRUCTURES = Set.of("changed", "missing", "problems", "attempts");

	/**
	 * Fields of a policy decision ({@code decisions}): step, tier, codes, rule version,
	 * costs in BRL; nothing personal. Numbers (times) are never masked.
	 */
	static final Set<String> DECISION_FIELDS = Set.of("step", "tier", "outcome", "reason", "ruleVersion",
			"estimatedCost", "spent", "transactionValue", "result", "actualCost");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private PiiMasking() {
	}

	/** The envelope as the general view shows it. */
	public static String mask(String envelopeJson) {
		JsonNode envelope = MAPPER.readTree(envelopeJson);
		if (envelope instanceof ObjectNode object && object.get("data") != null) {
			object.set("data", masked(object.get("data")));
		}
		return MAPPER.writeValueAsString(envelope);
	}

	private static JsonNode masked(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String field : fieldNames(object)) {
				object.set(field, maskedField(field, object.get(field)));
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i,
						array.get(i).isString()
								? MAPPER.getNodeFactory().stringNode(Masks.text(array.get(i).asString()))
								: masked(array.get(i)));
			}
		}
		return node;
	}

	private static JsonNode maskedField(String field, JsonNode value) {
		if ("recipient".equals(field) && value instanceof ObjectNode recipient) {
			for (String part : fieldNames(recipient)) {
				maskRecipientPart(recipient, part);
			}
			return recipient;
		}
		if ("candidates".equals(field) && value instanceof ArrayNode candidates) {
			candidates.forEach((candidate) -> maskedField("recipient", candidate));
			return candidates;
		}
		if ("decisions".equals(field) && value instanceof ArrayNode decisions) {
			for (int i = 0; i < decisions.size(); i++) {
				decisions.set(i, maskedDecision(decisions.get(i)));
			}
			return decisions;
		}
		if (PLAIN_STRUCTURES.contains(field)) {
			return value;
		}
		if (SLOT_MAPS.contains(field) && value instanceof ObjectNode slots) {
			for (String slot : fieldNames(slots)) {
				maskSlot(slot, slots.get(slot));
			}
			return slots;
		}
		if (value.isString()) {
			return PLAIN_FIELDS.contains(field) ? value
					: MAPPER.getNodeFactory().stringNode(Masks.text(value.asString()));
		}
		return masked(value);
	}

	private static void maskRecipientPart(ObjectNode recipient, String part) {
		if ("name".equals(part)) {
			maskString(recipient, part, Masks::name);
		}
		else if ("pixKey".equals(part)) {
			maskString(recipient, part, Masks::pixKey);
		}
		else {
			recipient.set(part, maskedField(part, recipient.get(part)));
		}
	}

	private static JsonNode maskedDecision(JsonNode decision) {
		if (!(decision instanceof ObjectNode fields)) {
			return maskedField("", decision);
		}
		for (String field : fieldNames(fields)) {
			if (!DECISION_FIELDS.contains(field)) {
				fields.set(field, maskedField(field, fields.get(field)));
			}
		}
		return fields;
	}

	private static void maskSlot(String slot, JsonNode value) {
		if (!(value instanceof ObjectNode slotValue) || PLAIN_SLOTS.contains(slot)) {
			return;
		}
		if ("recipient".equals(slot)) {
			maskString(slotValue, "value", Masks::name);
		}
		else if ("pix_key".equals(slot)) {
			maskString(slotValue, "value", Masks::pixKey);
		}
		else {
			maskString(slotValue, "value", Masks::text);
		}
	}

	private static void maskString(ObjectNode object, String field, UnaryOperator<String> mask) {
		JsonNode value = object.get(field);
		if (value != null && value.isString()) {
			object.put(field, mask.apply(value.asString()));
		}
	}

	private static List<String> fieldNames(ObjectNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

}
