package com.bank.assistant.slots.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads one number at a token: a numeral, a numeral with a scale ("1,5 mil", "2k", "2 mil
 * e quinhentos"), or number words ("mil e quinhentos", "a hundred and twenty",
 * "twenty-five"). A smaller word may follow a larger one ("vinte e cinco"), never the
 * reverse ("cinco e cinquenta" is two numbers).
 */
final class NumberReader {

	private final Utterance utterance;

	private final List<Token> tokens;

	private BigDecimal total;

	private BigDecimal current;

	private int last;

	private boolean any;

	private boolean scaled;

	NumberReader(Utterance utterance) {
		this.utterance = utterance;
		this.tokens = utterance.tokens();
	}

	NumberRead read(int first) {
		if (first >= this.tokens.size() || this.utterance.claimed(token(first))) {
			return null;
		}
		this.total = BigDecimal.ZERO;
		this.current = BigDecimal.ZERO;
		this.last = Integer.MAX_VALUE;
		int i = first;
		Token start = token(first);
		if (start.is(Token.Kind.NUMBER)) {
			if (exponentAt(first)) {
				return new NumberRead(null, first + 3, false, false, false, AmountError.NOT_A_NUMBER);
			}
			BigDecimal numeral = NumberWords.numeral(start.folded(), scaleAt(first + 1));
			if (numeral == null) {
				return new NumberRead(null, first + 1, false, false, false, AmountError.NOT_A_NUMBER);
			}
			this.current = numeral;
			this.any = true;
			i++;
			if (!scaleAt(i)) {
				return new NumberRead(numeral, i, false, false, false, null);
			}
		}
		else if (start.is("a") && first + 1 < this.tokens.size() && isScaleOrHundred(token(first + 1).folded())) {
			i++;
		}
		int end = words(i);
		if (!this.any) {
			return null;
		}
		boolean article = end == first + 1 && NumberWords.ARTICLES.contains(start.folded());
		return new NumberRead(this.total.add(this.current), end, !start.is(Token.Kind.NUMBER), this.scaled, article,
				null);
	}

	private int words(int from) {
		int i = from;
		int end = from;
		while (i < this.tokens.size() && !this.utterance.claimed(token(i))) {
			String word = token(i).folded();
			Integer value = NumberWords.VALUES.get(word);
			if (value != null && !(startedWithDigits(from) && !this.scaled) && value < this.last) {
				this.current = this.current.add(BigDecimal.valueOf(value));
				this.last = value;
			}
			else if (word.equals("hundred") || word.equals("hundreds")) {
				this.current = one(this.current).multiply(BigDecimal.valueOf(100));
				this.last = 100;
			}
			else if (NumberWords.SCALES.containsKey(word) && (this.any || !word.equals("k"))) {
				this.total = this.total.add(one(this.current).multiply(NumberWords.SCALES.get(word)));
				this.current = BigDecimal.ZERO;
				this.last = NumberWords.SCALES.get(word).intValue();
				this.scaled = true;
			}
			else if (this.any && joins(i)) {
				i++;
				continue;
			}
			else {
				break;
			}
			this.any = true;
			i++;
			end = i;
		}
		return end;
	}

	private boolean startedWithDigits(int from) {
		return from > 0 && token(from - 1).is(Token.Kind.NUMBER) && this.any;
	}

	private boolean joins(int i) {
		if (i + 1 >= this.tokens.size()) {
			return false;
		}
		Token token = token(i);
		Token next = token(i + 1);
		boolean joiner = NumberWords.JOINERS.contains(token.folded())
				|| (token.is("-") && token(i - 1).touches(token) && token.touches(next));
		Integer value = NumberWords.VALUES.get(next.folded());
		return joiner && value != null && value < this.last;
	}

	private boolean exponentAt(int i) {
		return i + 2 < this.tokens.size() && token(i + 1).is("e") && token(i).touches(token(i + 1))
				&& token(i + 2).is(Token.Kind.NUMBER) && token(i + 1).touches(token(i + 2));
	}

	private boolean scaleAt(int i) {
		return i < this.tokens.size() && NumberWords.SCALES.containsKey(token(i).folded())
				&& !this.utterance.claimed(token(i));
	}

	private static boolean isScaleOrHundred(String word) {
		return word.equals("hundred") || word.equals("thousand") || word.equals("million");
	}

	private static BigDecimal one(BigDecimal value) {
		return (value.signum() == 0) ? BigDecimal.ONE : value;
	}

	private Token token(int i) {
		return this.tokens.get(i);
	}

}
