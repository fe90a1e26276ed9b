package com.photoapp.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads YAML files as plain maps and lists. A key given twice is an error, as it is for kubectl and
 * docker-compose; merge keys ({@code <<:}) are resolved.
 */
final class YamlDocuments {

	private YamlDocuments() {
	}

	/**
	 * Every document of a file, empty ones left out.
	 * @param file the YAML file
	 * @return the documents, each a map
	 */
	static List<Map<String, Object>> read(Path file) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		List<Map<String, Object>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : yaml.loadAll(reader)) {
				if (document == null) {
					continue;
				}
				if (!(document instanceof Map<?, ?>)) {
					throw new IllegalArgumentException(file + ": a document is not a mapping");
				}
				documents.add(Maps.cast(document));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	/**
	 * The only document of a file.
	 * @param file the YAML file
	 * @return the document
	 */
	static Map<String, Object> readOne(Path file) {
		List<Map<String, Object>> documents = read(file);
		if (documents.size() != 1) {
			throw new IllegalArgumentException(file + " holds " + documents.size() + " documents, expected one");
		}
		return documents.getFirst();
	}

}
