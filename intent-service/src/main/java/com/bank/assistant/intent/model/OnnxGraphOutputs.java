package com.bank.assistant.intent.model;

import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;

/**
 * Makes tensors inside an ONNX model outputs of its graph, so that one pass gives, say,
 * every layer's hidden states and not only the last. The model is read with protobuf's
 * schema-free reader (field numbers from ONNX's {@code onnx.proto}: a model's graph is
 * field 7, a graph's outputs field 12, a value's name field 1), every other field kept as
 * it was; each new output takes the first output's type, which fits a transformer's
 * hidden states of any layer.
 */
final class OnnxGraphOutputs {

	private static final int MODEL_GRAPH = 7;

	private static final int GRAPH_OUTPUT = 12;

	private static final int VALUE_NAME = 1;

	private OnnxGraphOutputs() {
	}

	static byte[] exposing(byte[] model, List<String> tensors) {
		if (tensors.isEmpty()) {
			return model;
		}
		try {
			UnknownFieldSet modelFields = UnknownFieldSet.parseFrom(model);
			UnknownFieldSet graph = UnknownFieldSet.parseFrom(only(modelFields, MODEL_GRAPH));
			List<ByteString> outputs = graph.getField(GRAPH_OUTPUT).getLengthDelimitedList();
			UnknownFieldSet.Field.Builder added = UnknownFieldSet.Field.newBuilder(graph.getField(GRAPH_OUTPUT));
			for (String tensor : tensors) {
				added.addLengthDelimited(renamed(outputs.get(0), tensor));
			}
			UnknownFieldSet newGraph = graph.toBuilder().addField(GRAPH_OUTPUT, added.build()).build();
			return modelFields.toBuilder()
				.addField(MODEL_GRAPH,
						UnknownFieldSet.Field.newBuilder().addLengthDelimited(newGraph.toByteString()).build())
				.build()
				.toByteArray();
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException("Not an ONNX model", ex);
		}
	}

	private static ByteString only(UnknownFieldSet fields, int number) {
		List<ByteString> values = fields.getField(number).getLengthDelimitedList();
		if (values.size() != 1) {
			throw new IllegalStateException(
					"Not an ONNX model: field " + number + " appears " + values.size() + " times");
		}
		return values.get(0);
	}

	private static ByteString renamed(ByteString value, String name) throws InvalidProtocolBufferException {
		return UnknownFieldSet.parseFrom(value)
			.toBuilder()
			.addField(VALUE_NAME,
					UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(name)).build())
			.build()
			.toByteString();
	}

}
