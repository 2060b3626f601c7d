package com.bank.assistant.nlu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.catalog.LabeledExample;

/** {@code text,category} files with RFC 4180 quoting, read and written. */
final class Csv {

	private Csv() {
	}

	/** The rows after the header, as English examples. */
	static List<LabeledExample> read(Path file) throws IOException {
		List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
		return rows.subList(1, rows.size())
			.stream()
			.filter((row) -> row.size() >= 2)
			.map((row) -> new LabeledExample(row.get(0), "en", row.get(1)))
			.toList();
	}

	static List<List<String>> parse(String content) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean escaped = false;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (escaped) {
				escaped = false;
			}
			else if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					field.append('"');
					escaped = true;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/** One CSV field, quoted when it needs to be. */
	static String field(String value) {
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
