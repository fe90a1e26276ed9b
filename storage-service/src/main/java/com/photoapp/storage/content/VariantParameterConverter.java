package com.photoapp.storage.content;

import com.photoapp.storage.blob.Variant;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code variant} request parameter by its lower-case key; an unknown key fails the
 * conversion, which answers 400.
 */
@Component
class VariantParameterConverter implements Converter<String, Variant> {

	@Override
	public Variant convert(String source) {
		return Variant.fromKey(source);
	}

}
