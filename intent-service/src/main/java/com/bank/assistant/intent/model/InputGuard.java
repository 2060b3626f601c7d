package com.bank.assistant.intent.model;

/**
 * Says whether a message is something the model can read at all: it has letters or
 * digits, and most of its letters are Latin (the assistant speaks Portuguese and
 * English). Anything else is out of scope without asking the model.
 */
final class InputGuard {

	private InputGuard() {
	}

	static boolean readable(String text) {
		int latin = 0;
		int letters = 0;
		int digits = 0;
		int limit = Math.min(text.length(), TextFeatures.MAX_CHARS);
		for (int i = 0; i < limit; i = text.offsetByCodePoints(i, 1)) {
			int codePoint = text.codePointAt(i);
			if (Character.isLetter(codePoint)) {
				letters++;
				latin += (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) ? 1 : 0;
			}
			else if (Character.isDigit(codePoint)) {
				digits++;
			}
		}
		return (letters > 0) ? latin * 2 >= letters : digits > 0;
	}

}
