package com.bank.assistant.transfer.dialog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import com.bank.assistant.contracts.ids.Money;

/**
 * Writes money as customers read it: {@code R$ 1.234,56} in Portuguese and
 * {@code R$1,234.56} in English; other currencies by their code.
 */
public final class MoneyFormat {

	private MoneyFormat() {
	}

	/** The amount, written for this language. */
	public static String format(Money money, Language language) {
		BigDecimal amount = money.amount().setScale(2, RoundingMode.HALF_EVEN);
		String sign = (amount.signum() < 0) ? "-" : "";
		String digits = decimalFormat(language).format(amount.abs());
		return sign + symbol(money.currency(), language) + digits;
	}

	private static String symbol(String currency, Language language) {
		String symbol = "BRL".equals(currency) ? "R$" : currency;
		return (language == Language.PT_BR || !"R$".equals(symbol)) ? symbol + " " : symbol;
	}

	private static DecimalFormat decimalFormat(Language language) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setDecimalSeparator((language == Language.PT_BR) ? ',' : '.');
		symbols.setGroupingSeparator((language == Language.PT_BR) ? '.' : ',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format;
	}

}
