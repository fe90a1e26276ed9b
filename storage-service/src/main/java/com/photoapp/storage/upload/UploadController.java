package com.photoapp.storage.upload;

import java.net.URI;

import com.photoapp.storage.catalogue.CataloguedPhoto;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * One-shot upload of a photo as the multipart field {@code file}. A new photo answers 201; bytes the
 * owner has already answer 200 with the existing photo, marked as a duplicate.
 */
@RestController
class UploadController {

	private final UploadService uploads;

	UploadController(UploadService uploads) {
		this.uploads = uploads;
	}

	@PostMapping(path = "/api/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CataloguedPhoto> upload(@RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal Jwt uploader) {
		CataloguedPhoto photo = this.uploads.upload(uploader,
				new IncomingFile(file.getOriginalFilename(), file.getSize(), file));
		if (photo.isDuplicateUpload()) {
			return ResponseEntity.ok(photo);
		}
		return ResponseEntity.created(URI.create("/api/photos/" + photo.id())).body(photo);
	}

}
