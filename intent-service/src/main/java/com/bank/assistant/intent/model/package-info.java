/**
 * The trained intent model: TF-IDF word and character n-grams plus a small sentence
 * encoder (ONNX, in process), a linear head, temperature-scaled probabilities, and its
 * evaluation. Free of Kafka and Spring.
 */
package com.bank.assistant.intent.model;
