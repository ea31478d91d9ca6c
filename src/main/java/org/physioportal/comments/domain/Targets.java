package org.physioportal.comments.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physioportal.shared.ContentDirectory;
import org.physioportal.shared.ContentDirectory.ContentLink;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The pages comments belong to, looked up through each content module's directory. */
@Component
public class Targets {

    private final Map<ContentType, ContentDirectory> directories = new EnumMap<>(ContentType.class);

    Targets(List<ContentDirectory> all) {
        all.forEach(d -> directories.put(d.type(), d));
    }

    public Optional<ContentLink> find(ContentRef ref) {
        ContentDirectory directory = directories.get(ref.type());
        return directory == null ? Optional.empty() : directory.findPublished(ref.id());
    }

    /** The published page, or 404: comments go only on pages readers can see. */
    public ContentLink require(ContentRef ref) {
        return find(ref).orElseThrow(() -> new CommentProblem(HttpStatus.NOT_FOUND, "comment.target.missing"));
    }
}
