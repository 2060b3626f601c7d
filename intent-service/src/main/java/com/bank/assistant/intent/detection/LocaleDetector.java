package com.bank.assistant.intent.detection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Brazilian Portuguese from English by counting each language's common words, or
 * says it cannot. The currency's name ("reais") is neither's: English speakers in Brazil
 * say it too.
 */
public final class LocaleDetector {

	private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

	private static final Pattern TOKEN = Pattern.compile("\\S+");

	private static final Set<String> PORTUGUESE = Set.of("o", "a", "os", "as", "de", "do", "da", "pra", "pro", "para",
			"meu", "minha", "qual", "quanto", "transfere", "transferir", "manda", "mandar", "envia", "enviar", "saldo",
			"extrato", "sim", "nao", "oi", "ola", "obrigado", "obrigada", "valeu", "tchau", "cancela", "cancelar",
			"quero", "voce", "e", "com", "um", "uma", "hoje", "amanha", "conto", "pila", "isso", "pode", "bom", "dia",
			"tarde", "noite", "ajuda", "atendente", "falar", "muda", "mudar", "troca", "trocar", "valor", "verdade",
			"conta", "eu", "dinheiro", "por", "favor");

	private static final Set<String> ENGLISH = Set.of("the", "to", "my", "what", "is", "send", "transfer", "pay",
			"balance", "statement", "yes", "no", "hi", "hello", "thanks", "thank", "you", "bye", "cancel", "want",
			"please", "show", "recent", "transactions", "today", "tomorrow", "bucks", "dollars", "go", "ahead", "help",
			"agent", "human", "talk", "can", "do", "how", "much", "of", "me", "nope", "yeah", "sure", "never", "mind",
			"make", "it", "instead", "actually", "change", "amount", "recipient", "i", "and", "for", "money",
			"account");

	/**
	 * The message's language: the client's when it gave one, else what the words tell
	 * (null when they do not).
	 */
	public String languageOf(String given, String text) {
		return (given != null) ? given : detect(text);
	}

	/**
	 * {@code pt-BR} or {@code en}, or null when the words do not tell (none of either
	 * language's, or as many of each: a Pix key, a name, "ok"): the conversation's
	 * language then stands, which slot-filling-service keeps.
	 */
	public String detect(String text) {
		int portuguese = 0;
		int english = 0;
		var tokens = TOKEN.matcher(fold(text));
		while (tokens.find()) {
			if (address(tokens.group())) {
				continue;
			}
			var words = WORD.matcher(tokens.group());
			while (words.find()) {
				String word = words.group();
				portuguese += PORTUGUESE.contains(word) ? 1 : 0;
				english += ENGLISH.contains(word) ? 1 : 0;
			}
		}
		if (english == portuguese) {
			return null;
		}
		return (english > portuguese) ? "en" : "pt-BR";
	}

	/**
	 * Whether a token is an e-mail address or a domain (a Pix key): an "@" or a "." with
	 * a letter after it. Its parts, like "com", are no one's words. One pass over the
	 * token: a message reaches the detector whole, however long.
	 */
	private static boolean address(String token) {
		int at = token.indexOf('@');
		int dot = token.indexOf('.');
		int mark = (at < 0) ? dot : ((dot < 0) ? at : Math.min(at, dot));
		return mark >= 0 && token.substring(mark + 1).codePoints().anyMatch(Character::isLetter);
	}

	/** Lower case without accents, so "Não" and "nao" are one word. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
