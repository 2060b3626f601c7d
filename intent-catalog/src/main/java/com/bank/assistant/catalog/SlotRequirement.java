package com.bank.assistant.catalog;

import java.util.Map;

/**
 * A slot an intent needs before its handler can act.
 *
 * @param name the slot name of the NLU contract ({@code amount}, {@code recipient}, ...)
 * @param type the value's type ({@code money}, {@code person}, {@code pix_key},
 * {@code date}, ...)
 * @param required whether the handler asks for it when it is missing
 * @param prompt the question that asks for it, per locale
 */
public record SlotRequirement(String name, String type, boolean required, Map<String, String> prompt) {

	public SlotRequirement {
		prompt = Map.copyOf(prompt);
	}

}
