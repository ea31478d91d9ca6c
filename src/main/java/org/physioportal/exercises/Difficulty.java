package org.physioportal.exercises;

public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
