package org.physioportal.programmes.web;

import java.util.ArrayList;
import java.util.List;

/** One row of the programme form, as typed (checked by {@link ProgrammeForm#check}). */
public class ItemForm {

    private String exercise = "";
    private String position = "";
    private String sets = "";
    private String reps = "";
    private String hold = "";
    private String rest = "";
    private String times = "1";
    private List<String> days = new ArrayList<>();
    private String note = "";

    public String getExercise() {
        return exercise;
    }

    public void setExercise(String exercise) {
        this.exercise = exercise == null ? "" : exercise.strip();
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position == null ? "" : position.strip();
    }

    public String getSets() {
        return sets;
    }

    public void setSets(String sets) {
        this.sets = sets == null ? "" : sets.strip();
    }

    public String getReps() {
        return reps;
    }

    public void setReps(String reps) {
        this.reps = reps == null ? "" : reps.strip();
    }

    public String getHold() {
        return hold;
    }

    public void setHold(String hold) {
        this.hold = hold == null ? "" : hold.strip();
    }

    public String getRest() {
        return rest;
    }

    public void setRest(String rest) {
        this.rest = rest == null ? "" : rest.strip();
    }

    public String getTimes() {
        return times;
    }

    public void setTimes(String times) {
        this.times = times == null ? "" : times.strip();
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : days;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note.strip();
    }

    boolean blank() {
        return exercise.isEmpty();
    }
}
