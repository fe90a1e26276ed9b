package com.photoapp.storage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Holds the bytes of photos: validates uploads, writes originals and thumbnails to Azure Blob,
 * serves them back to their owner and removes them when the catalogue purges a photo.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StorageServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(StorageServiceApplication.class, args);
	}

}
