package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every amount of a message from its tokens: an optional minus and currency sign,
 * digits or number words with their scale ("mil", "k", "thousand"), a currency word, and
 * cents ("e cinquenta centavos", "and 40 cents").
 */
final class MoneyReader {

	private static final Map<String, String> SIGNS = Map.of("r$", "BRL", "us$", "USD", "u$", "USD", "$", "USD", "€",
			"EUR");

	private static final Map<String, String> CODES = Map.of("brl", "BRL", "usd", "USD", "eur", "EUR");

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("reais", "BRL"), Map.entry("real", "BRL"),
			Map.entry("conto", "BRL"), Map.entry("contos", "BRL"), Map.entry("pila", "BRL"), Map.entry("pilas", "BRL"),
			Map.entry("pau", "BRL"), Map.entry("paus", "BRL"), Map.entry("brl", "BRL"), Map.entry("dolar", "USD"),
			Map.entry("dolares", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
			Map.entry("bucks", "USD"), Map.entry("buck", "USD"), Map.entry("usd", "USD"), Map.entry("euro", "EUR"),
			Map.entry("euros", "EUR"), Map.entry("eur", "EUR"));

	private static final Map<String, String> CENTS = Map.of("centavos", "BRL", "centavo", "BRL", "cents", "USD", "cent",
			"USD");

	/** What follows a number that is a time, a count or an ordinal, not money. */
	private static final Set<String> NOT_MONEY_AFTER = Set.of("h", "hs", "hr", "hrs", "hora", "horas", "min", "minutos",
			"%", "x", "vez", "vezes", "ano", "anos", "dia", "dias", "mes", "meses", "semana", "semanas", ":", "/", "º",
			"ª", "o", "a", "st", "nd", "rd", "th", "am", "pm", "times", "days", "years", "hours");

	private final Utterance utterance;

	private final List<Token> tokens;

	MoneyReader(Utterance utterance) {
		this.utterance = utterance;
		this.tokens = utterance.tokens();
	}

	List<MoneyCandidate> readAll() {
		List<MoneyCandidate> found = new ArrayList<>();
		int i = 0;
		while (i < this.tokens.size()) {
			Read read = readAt(i);
			if (read != null) {
				found.add(read.candidate);
				i = read.next;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private record Read(MoneyCandidate candidate, int next) {
	}

	private Read readAt(int first) {
		int i = first;
		boolean negative = false;
		if (symbol(i, "-") && (i == 0 || !token(i - 1).touches(token(i)))) {
			negative = true;
			i++;
		}
		String currency = sign(i);
		Token currencyToken = (currency != null) ? token(i) : null;
		if (currency != null) {
			i++;
			if (symbol(i, "-")) {
				negative = true;
				i++;
			}
		}
		NumberRead number = new NumberReader(this.utterance).read(i);
		if (number == null || (number.article() && currency == null && !suffixAt(number.next()))) {
			return null;
		}
		i = number.next();
		if (currency == null && suffixAt(i)) {
			currencyToken = token(i);
			currency = WORDS.containsKey(currencyToken.folded()) ? WORDS.get(currencyToken.folded())
					: CENTS.get(currencyToken.folded());
			i++;
		}
		if (currency == null && !number.scaled() && notMoney(first, i)) {
			return null;
		}
		boolean centsOnly = currencyToken != null && CENTS.containsKey(currencyToken.folded());
		return finish(first, i, number, negative, currency, currencyToken, centsOnly);
	}

	private Read finish(int first, int next, NumberRead number, boolean negative, String currency, Token currencyToken,
			boolean centsOnly) {
		int i = next;
		BigDecimal value = number.value();
		AmountError error = number.error();
		if (centsOnly && value != null) {
			error = (error == null) ? centsError(value) : error;
			value = value.movePointLeft(2);
		}
		else if (!centsOnly && value != null && joinerAt(i) && centsAt(i + 1)) {
			NumberRead cents = new NumberReader(this.utterance).read(i + 1);
			error = (error == null) ? centsError(cents.value()) : error;
			value = (cents.value() != null) ? value.add(cents.value().movePointLeft(2)) : value;
			i = cents.next() + 1;
		}
		error = checked(error, value, negative);
		double confidence = (number.words() ? 0.8 : 0.9) + ((currency != null) ? 0.08 : 0);
		MoneyCandidate candidate = new MoneyCandidate(token(first).start(), token(i - 1).end(), value, currency,
				currencyToken, confidence, error);
		return new Read(candidate, i);
	}

	private static AmountError checked(AmountError error, BigDecimal value, boolean negative) {
		if (error != null) {
			return error;
		}
		if (value == null) {
			return AmountError.NOT_A_NUMBER;
		}
		if (negative) {
			return AmountError.NEGATIVE;
		}
		if (value.signum() == 0) {
			return AmountError.ZERO;
		}
		if (value.compareTo(AmountExtractor.MAX_AMOUNT) > 0) {
			return AmountError.TOO_LARGE;
		}
		return (value.stripTrailingZeros().scale() > 2) ? AmountError.INVALID_CENTS : null;
	}

	private static AmountError centsError(BigDecimal cents) {
		boolean valid = cents != null && cents.signum() >= 0 && cents.compareTo(BigDecimal.valueOf(100)) < 0
				&& cents.stripTrailingZeros().scale() <= 0;
		return valid ? null : AmountError.INVALID_CENTS;
	}

	private boolean notMoney(int first, int next) {
		boolean timeOrCount = next < this.tokens.size() && NOT_MONEY_AFTER.contains(token(next).folded())
				&& token(next - 1).touches(token(next))
				|| next < this.tokens.size() && NOT_MONEY_AFTER.contains(token(next).folded())
						&& token(next).is(Token.Kind.WORD) && token(next).folded().length() > 2;
		boolean afterSeparator = first > 0 && (symbol(first - 1, ":") || symbol(first - 1, "/"))
				&& token(first - 1).touches(token(first));
		return timeOrCount || afterSeparator;
	}

	private String sign(int i) {
		if (i >= this.tokens.size() || this.utterance.claimed(token(i))) {
			return null;
		}
		Token token = token(i);
		if (token.is(Token.Kind.SYMBOL)) {
			return SIGNS.get(token.folded());
		}
		boolean codeBeforeNumber = i + 1 < this.tokens.size() && token(i + 1).is(Token.Kind.NUMBER);
		return codeBeforeNumber ? CODES.get(token.folded()) : null;
	}

	private boolean suffixAt(int i) {
		if (i >= this.tokens.size() || this.utterance.claimed(token(i))) {
			return false;
		}
		return WORDS.containsKey(token(i).folded()) || CENTS.containsKey(token(i).folded());
	}

	private boolean joinerAt(int i) {
		return i < this.tokens.size() && (token(i).is("e") || token(i).is("and") || token(i).is("com"));
	}

	private boolean centsAt(int i) {
		NumberRead cents = new NumberReader(this.utterance).read(i);
		return cents != null && cents.next() < this.tokens.size() && CENTS.containsKey(token(cents.next()).folded());
	}

	private boolean symbol(int i, String symbol) {
		return i < this.tokens.size() && token(i).is(Token.Kind.SYMBOL) && token(i).is(symbol);
	}

	private Token token(int i) {
		return this.tokens.get(i);
	}

}
