package com.bank.assistant.slots.extraction;

import java.util.Set;

/** Check digits and area codes of Brazilian Pix keys. */
final class PixKeys {

	/** The area codes (DDD) in use in Brazil. */
	private static final Set<Integer> AREA_CODES = Set.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31,
			32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68,
			69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99);

	private PixKeys() {
	}

	/** The CPF's two check digits (modulo 11) are right and not all digits are equal. */
	static boolean validCpf(String digits) {
		if (digits.length() != 11 || allEqual(digits)) {
			return false;
		}
		return cpfDigit(digits, 9) == digits.charAt(9) - '0' && cpfDigit(digits, 10) == digits.charAt(10) - '0';
	}

	/** The CNPJ's two check digits (modulo 11, weights 2 to 9) are right. */
	static boolean validCnpj(String digits) {
		if (digits.length() != 14 || allEqual(digits)) {
			return false;
		}
		return cnpjDigit(digits, 12) == digits.charAt(12) - '0' && cnpjDigit(digits, 13) == digits.charAt(13) - '0';
	}

	/** Whether the two digits are a Brazilian area code. */
	static boolean validAreaCode(String twoDigits) {
		return AREA_CODES.contains(Integer.parseInt(twoDigits));
	}

	/** Whether eleven bare digits read as a mobile number: area code, then a 9. */
	static boolean mobileShaped(String digits) {
		return digits.length() == 11 && validAreaCode(digits.substring(0, 2)) && digits.charAt(2) == '9';
	}

	private static boolean allEqual(String digits) {
		return digits.chars().allMatch((c) -> c == digits.charAt(0));
	}

	private static int cpfDigit(String digits, int length) {
		int sum = 0;
		for (int i = 0; i < length; i++) {
			sum += (digits.charAt(i) - '0') * (length + 1 - i);
		}
		int rest = (sum * 10) % 11;
		return (rest == 10) ? 0 : rest;
	}

	private static int cnpjDigit(String digits, int length) {
		int sum = 0;
		int weight = 2;
		for (int i = length - 1; i >= 0; i--) {
			sum += (digits.charAt(i) - '0') * weight;
			weight = (weight == 9) ? 2 : weight + 1;
		}
		int rest = sum % 11;
		return (rest < 2) ? 0 : 11 - rest;
	}

}
