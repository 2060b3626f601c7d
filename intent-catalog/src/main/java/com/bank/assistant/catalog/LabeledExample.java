package com.bank.assistant.catalog;

/**
 * One training example: a message and the intent it means.
 *
 * @param text what a customer wrote
 * @param locale its language
 * @param intent the intent it means
 */
public record LabeledExample(String text, String locale, String intent) {

}
