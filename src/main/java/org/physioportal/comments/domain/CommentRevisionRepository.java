package org.physioportal.comments.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRevisionRepository extends JpaRepository<CommentRevision, Long> {}
