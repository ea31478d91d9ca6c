"""Scenes (poses, equipment and arrows) for the 16 exercise illustrations."""
import math

from figure import *  # noqa: F401,F403  (drawing kit)

MAT_Y = MAT_TOP          # top of the mat
LIE_Y = MAT_TOP - 23     # torso centre line when lying on the mat
FOOT_ON_MAT = MAT_TOP - 10.5
FOOT_ON_FLOOR = FLOOR_Y - 10.5


def supine_bent_knees(hip_x=440, head_tilt=186):
    """Lying on the back, head to the left, knees bent, feet flat on the mat."""
    p = pose((hip_x, LIE_Y), lo=180, hi=180, head=head_tilt)
    reach_leg(p, "n", (hip_x + 128, FOOT_ON_MAT), -1)
    reach_leg(p, "f", (hip_x + 120, FOOT_ON_MAT), -1)
    p["n_foot"] = p["f_foot"] = 0
    return p


def core_activation_breathing():
    p = supine_bent_knees()
    place_arm(p, "n", (356, 483), (418, 437))
    place_arm(p, "f", (352, 480), (408, 439))
    body = mat(170, 660) + figure_svg(p)
    body += arrow([(425, 404), (425, 338)], double=True)
    body += arrow([(190, 372), (214, 402), (238, 420)], width=6, head=16)
    return ("Core activation breathing: lying on the back with knees bent and both hands "
            "resting on the belly, which rises and falls with each breath.", zoom(body, 1.25, 420))


def diaphragm_activation():
    p = supine_bent_knees()
    place_arm(p, "n", (318, 483), (352, 452))
    place_arm(p, "f", (314, 481), (346, 446))
    body = mat(170, 660) + figure_svg(p)
    body += arrow([(346, 418), (328, 392), (294, 374)], width=7, head=17)
    body += arrow([(366, 418), (384, 392), (420, 374)], width=7, head=17)
    return ("Diaphragm activation: lying on the back with knees bent and hands on the lower "
            "ribs, which widen as the breath goes in.", zoom(body, 1.25, 420))


def forearm_plank():
    sho = (540, FOOT_ON_MAT + 0.5 - LEN["ua"])
    # body line from shoulder to toes; solve the slope so the toes touch the mat
    best = None
    for i in range(0, 400):
        beta = i * 0.05
        p = pose((0, 0), lo=-beta, hi=-beta, head=-beta + 4,
                 n_thigh=180 - beta, n_shin=180 - beta, f_thigh=180 - beta, f_shin=180 - beta,
                 n_foot=90 - beta + 12, f_foot=90 - beta + 12, n_ua=90, n_fa=0, f_ua=92, f_fa=-2)
        j = joints(p)
        dx, dy = sho[0] - j["sho"][0], sho[1] - j["sho"][1]
        toe_y = j["n_toe"][1] + dy
        err = abs(toe_y - (MAT_TOP - 8))
        if best is None or err < best[0]:
            best = (err, p, dx, dy)
    _, p, dx, dy = best
    p["hip"] = (dx, dy)
    body = mat(120, 700) + figure_svg(p)
    j = joints(p)
    body += arrow([(j["hip"][0] - 40, j["hip"][1] - 62), (j["hip"][0] + 110, j["hip"][1] - 92)],
                  double=True, width=7, head=17)
    return ("Forearm plank: resting on the forearms and toes with elbows under the shoulders "
            "and the body in one straight line from head to heels.", zoom(body, 1.15, 410))


def bosu_crunch():
    cx = 420
    mid = (cx, FLOOR_Y - 12 - 62 - 21)
    p = pose((0, 0), lo=195, hi=213, head=222, n_ua=-4, n_fa=-2, f_ua=-8, f_fa=-5)
    p["hip"] = add(mid, 195, -LEN["lo"])
    reach_leg(p, "n", (640, FOOT_ON_FLOOR), -1)
    reach_leg(p, "f", (634, FOOT_ON_FLOOR), -1)
    p["n_foot"] = p["f_foot"] = 0
    body = bosu(cx) + figure_svg(p)
    body += arrow([(262, 300), (272, 240), (322, 214)], width=7, head=17)
    return ("Crunch on a BOSU half-ball: lying back over the dome with feet on the floor, "
            "curling the head and shoulders up with arms reaching towards the knees.",
            zoom(body, 1.15, 440))


def fetal_position_relaxation():
    hip = (430, LIE_Y)
    p = pose(hip, lo=181, hi=177, head=190)
    p["n_thigh"], p["n_shin"] = -114, 36
    p["f_thigh"], p["f_shin"] = -109, 41
    p["n_foot"], p["f_foot"] = -48, -44
    j = joints(p)
    reach_arm(p, "n", add(j["n_knee"], 36, 30), -1)
    reach_arm(p, "f", add(j["f_knee"], 41, 26), -1)
    body = mat(170, 620) + figure_svg(p)
    body += arrow([(470, 318), (440, 282), (392, 294)], width=7, head=17)
    return ("Relaxation in a curled, fetal-like position: lying on the back with the knees "
            "drawn to the chest and hugged with both arms, head resting.", zoom(body, 1.3, 400))


def thoracolumbar_relaxation():
    knee = (455, MAT_TOP - 10)
    hip = add(knee, 16.5, -LEN["thigh"])
    p = pose(hip, lo=-14, hi=10, head=30, n_shin=180, f_shin=180, n_foot=182, f_foot=182,
             n_ua=17, n_fa=5, f_ua=14, f_fa=3)
    p["n_thigh"] = p["f_thigh"] = 16.5
    body = mat(170, 700) + figure_svg(p)
    body += arrow([(330, 372), (430, 340), (540, 380)], width=7, head=17)
    return ("Child's pose for thoracolumbar relaxation: kneeling, sitting back towards the "
            "heels with the trunk folded forward over the thighs and arms reaching "
            "forward on the mat.", zoom(body, 1.3, 420))


def leg_strengthening_squat():
    p = pose((318, 345), lo=-52, hi=-60, head=-62, n_ua=-8, n_fa=-4, f_ua=-4, f_fa=-2)
    reach_leg(p, "n", (404, FOOT_ON_FLOOR), -1)
    reach_leg(p, "f", (396, FOOT_ON_FLOOR), -1)
    body = figure_svg(p)
    body += arrow([(214, 268), (214, 392)], double=True)
    return ("Squat for leg strength: feet flat, hips pushed back and down, knees over the "
            "toes, arms reaching forward for balance.", zoom(body, 1.1, 400))


def ball_wrap(p, cx, r, theta_hip):
    """Lay the spine over a ball (centre cx, radius r) starting at angle theta_hip."""
    R = r + W_TORSO / 2
    c = (cx, FLOOR_Y - r)
    d_lo = math.degrees(2 * math.asin(LEN["lo"] / (2 * R)))
    d_hi = math.degrees(2 * math.asin(LEN["hi"] / (2 * R)))
    hip = add(c, theta_hip, R)
    mid = add(c, theta_hip - d_lo, R)
    sho = add(c, theta_hip - d_lo - d_hi, R)
    p["hip"] = hip
    p["lo"] = angle_of(hip, mid)
    p["hi"] = angle_of(mid, sho)
    return p


def gym_ball_back_stretch():
    cx, r = 400, 88
    p = pose((0, 0), head=152, n_ua=166, n_fa=172, f_ua=162, f_fa=168)
    ball_wrap(p, cx, r, -52)
    reach_leg(p, "n", (616, FOOT_ON_FLOOR), -1)
    reach_leg(p, "f", (606, FOOT_ON_FLOOR), -1)
    body = ball(cx, r) + figure_svg(p)
    body += arrow([(470, 248), (380, 200), (292, 240)], width=7, head=17)
    return ("Back stretch over a gym ball: lying back over the ball with feet on the floor, "
            "arms and head relaxing back over it.", zoom(body, 1.1, 420))


def gym_ball_hip_thigh_stretch():
    r = 56
    bx = 452
    # front thigh (far leg) rests on top of the ball, front foot flat on the mat
    front_knee = (bx + 40, MAT_TOP - 2 * r - 13)
    front_ankle = (front_knee[0] + 12, FOOT_ON_MAT)
    hip = (front_knee[0] - 116, front_knee[1] + 22)
    p = pose(hip, lo=-92, hi=-87, head=-88, n_foot=180)
    place_leg(p, "f", front_knee, front_ankle)
    p["f_foot"] = 0
    # back leg (near side, the one being stretched): knee down, shin on the mat
    p["n_thigh"] = 180 - math.degrees(math.asin((MAT_TOP - 11 - hip[1]) / LEN["thigh"]))
    p["n_shin"] = 180
    reach_arm(p, "n", add(front_knee, 180, 40), 1)
    reach_arm(p, "f", add(front_knee, 180, 22), 1)
    body = mat(100, 640) + ball(bx, r) + figure_svg(p)
    body += arrow([(hip[0] - 112, hip[1] - 46), (hip[0] - 50, hip[1] - 46)], width=7, head=17)
    return ("Hip and thigh stretch in a kneeling lunge: back knee on the mat, the front "
            "thigh resting on a gym ball, hips pressing gently forward.", zoom(body, 1.15, 400))


def glute_bridge():
    sho = (262, LIE_Y)
    hip = add(sho, 156, -(LEN["lo"] + LEN["hi"]))
    p = pose(hip, lo=156, hi=156, head=185, n_ua=8, n_fa=1, f_ua=7, f_fa=0)
    reach_leg(p, "n", (hip[0] + 118, FOOT_ON_MAT), -1)
    reach_leg(p, "f", (hip[0] + 110, FOOT_ON_MAT), -1)
    body = mat(150, 640) + figure_svg(p)
    body += arrow([(hip[0], hip[1] - 38), (hip[0], hip[1] - 100)])
    return ("Glute bridge: lying on the back with knees bent, lifting the hips until "
            "shoulders, hips and knees form a line.", zoom(body, 1.25, 400))


def quadruped(hip_x=300, hand_ahead=10):
    knee_y = MAT_TOP - 11
    hip = (hip_x, knee_y - LEN["thigh"])
    p = pose(hip, n_thigh=90, f_thigh=90, n_shin=180, f_shin=180, n_foot=182, f_foot=182)
    wrist_y = MAT_TOP - 16
    reach = LEN["ua"] + LEN["fa"]
    sho_y = wrist_y - math.sqrt(reach ** 2 - hand_ahead ** 2)
    dy = sho_y - hip[1]
    sho = (hip[0] + math.sqrt((LEN["lo"] + LEN["hi"]) ** 2 - dy * dy), sho_y)
    a = angle_of(hip, sho)
    p.update(lo=a, hi=a, head=a + 8)
    wa = angle_of(sho, (sho[0] + hand_ahead, wrist_y))
    p.update(n_ua=wa, n_fa=wa, f_ua=wa, f_fa=wa)
    return p, sho


def bird_dog():
    p, sho = quadruped(hip_x=362)
    p["n_thigh"], p["n_shin"], p["n_foot"] = 178, 179, 110
    p["f_ua"], p["f_fa"] = -6, -4
    body = mat(150, 740) + figure_svg(p)
    j = joints(p)
    body += arrow([add(j["f_hand"], 0, 26), add(j["f_hand"], 0, 76)], width=7, head=17)
    body += arrow([add(j["n_ankle"], 180, 34), add(j["n_ankle"], 180, 84)], width=7, head=17)
    return ("Bird dog: on hands and knees, reaching one arm forward and the opposite leg "
            "back while the back stays level.", body)


def cat_camel():
    p, sho = quadruped(hip_x=330, hand_ahead=14)
    # rounding or sagging the spine brings the pelvis a little closer to the shoulders
    cat = dict(p)
    cat["hip"] = (p["hip"][0] + 10, p["hip"][1] + 2)
    knee = (p["hip"][0], p["hip"][1] + LEN["thigh"])
    for q in (cat,):
        q["n_thigh"] = q["f_thigh"] = angle_of(q["hip"], knee)
        q["scale"] = {"n_thigh": math.dist(q["hip"], knee) / LEN["thigh"],
                      "f_thigh": math.dist(q["hip"], knee) / LEN["thigh"]}
    spine_to(cat, sho, -1)
    cat["head"] = 108
    camel = dict(p)
    camel["hip"] = (p["hip"][0] + 8, p["hip"][1] - 3)
    camel["n_thigh"] = camel["f_thigh"] = angle_of(camel["hip"], knee)
    camel["scale"] = {"n_thigh": math.dist(camel["hip"], knee) / LEN["thigh"],
                      "f_thigh": math.dist(camel["hip"], knee) / LEN["thigh"]}
    spine_to(camel, sho, 1)
    camel["head"] = -40
    body = mat(150, 680)
    body += figure_svg(camel, opacity=GHOST_OPACITY)
    body += figure_svg(cat)
    j = joints(cat)
    body += arrow([(j["mid"][0], j["mid"][1] - 42), (j["mid"][0], j["mid"][1] - 100)], double=True,
                  width=7, head=17)
    return ("Cat and camel: on hands and knees, rounding the back up towards the ceiling "
            "and then letting it sag gently; the faint figure shows the second position.",
            zoom(body, 1.15, 430))


def hip_flexor_stretch():
    back_knee = (350, MAT_TOP - 11)
    hip = add(back_knee, 121, -LEN["thigh"])
    p = pose(hip, lo=-89, hi=-86, head=-88, n_shin=180, n_foot=180)
    p["n_thigh"] = 121
    reach_leg(p, "f", (hip[0] + 122, FOOT_ON_MAT), -1)
    p["f_foot"] = 0
    j = joints(p)
    place_arm(p, "n", add(j["sho"], 112, 80), (hip[0] + 16, hip[1] - 28))
    place_arm(p, "f", add(j["sho"], 108, 80), (hip[0] + 6, hip[1] - 30))
    body = mat(180, 670) + figure_svg(p)
    body += arrow([(hip[0] - 114, hip[1] - 36), (hip[0] - 50, hip[1] - 36)], width=7, head=17)
    return ("Half-kneeling hip flexor stretch: back knee on the mat, front foot flat, trunk "
            "upright, pelvis moving gently forward.", zoom(body, 1.1, 400))


def desk_and_chair(seat_x1, seat_x2, seat_y, desk_x1, desk_x2, desk_y):
    out = []
    # chair: backrest, seat, legs
    out.append('<path d="M%s %s V%s" stroke="%s" stroke-width="12" stroke-linecap="round"/>' % (
        f(seat_x1), f(seat_y), f(seat_y - 150), FURNITURE_DARK))
    out.append('<path d="M%s %s V%s M%s %s V%s" stroke="%s" stroke-width="9" stroke-linecap="round"/>' % (
        f(seat_x1 + 8), f(seat_y), FLOOR_Y - 4, f(seat_x2 - 8), f(seat_y), FLOOR_Y - 4, FURNITURE_DARK))
    out.append('<rect x="%s" y="%s" width="%s" height="14" rx="6" fill="%s"/>' % (
        f(seat_x1 - 4), f(seat_y), f(seat_x2 - seat_x1 + 8), FURNITURE))
    # desk: top and two legs
    out.append('<path d="M%s %s V%s M%s %s V%s" stroke="%s" stroke-width="10" stroke-linecap="round"/>' % (
        f(desk_x1 + 14), f(desk_y), FLOOR_Y - 4, f(desk_x2 - 14), f(desk_y), FLOOR_Y - 4, FURNITURE_DARK))
    out.append('<rect x="%s" y="%s" width="%s" height="14" rx="5" fill="%s"/>' % (
        f(desk_x1), f(desk_y), f(desk_x2 - desk_x1), FURNITURE))
    # laptop
    lx = desk_x1 + 120
    out.append('<path d="M%s %s H%s" stroke="%s" stroke-width="7" stroke-linecap="round"/>' % (
        f(lx), f(desk_y - 4), f(lx + 78), SCREEN))
    out.append('<path d="M%s %s L%s %s" stroke="%s" stroke-width="8" stroke-linecap="round"/>' % (
        f(lx + 80), f(desk_y - 4), f(lx + 98), f(desk_y - 74), SCREEN))
    return "".join(out)


def chin_tuck():
    hip = (300, 372)
    p = pose(hip, lo=-90, hi=-91, head=-94, n_thigh=0, f_thigh=2, n_shin=90, f_shin=92)
    j = joints(p)
    place_arm(p, "n", (j["sho"][0] + 20, 318), (j["sho"][0] + 100, 316))
    place_arm(p, "f", (j["sho"][0] + 14, 318), (j["sho"][0] + 92, 315))
    ghost = dict(p)
    ghost["head"] = -68
    body = desk_and_chair(232, 345, 385, 365, 640, 328)
    # ghost: only the head and neck, showing the poked-forward start position
    gj = joints(ghost)
    body += '<g opacity="%s" fill="none" stroke-linecap="round">%s%s</g>' % (
        GHOST_OPACITY, line(gj["sho"], add(gj["sho"], -68, 35), SKIN, 17), head_svg(gj["head"], -68))
    body += figure_svg(p)
    body += arrow([(352, 118), (296, 118)], width=7, head=17)
    return ("Chin tuck at the desk: sitting tall and gliding the head straight back so the "
            "chin draws in, ears over the shoulders.", body)


def shoulder_blade_squeeze():
    hip = (400, FOOT_ON_FLOOR - LEN["thigh"] - LEN["shin"])
    p = pose(hip, n_ua=118, n_fa=12, f_ua=114, f_fa=14)
    j = joints(p)
    e = j["n_elbow"]
    body = figure_svg(p)
    body += arrow([(e[0] - 26, e[1]), (e[0] - 90, e[1])], width=7, head=17)
    return ("Shoulder blade squeeze: standing tall with elbows bent, drawing the elbows back "
            "and the shoulder blades together.", body)


# front view, person's right = viewer's left
FRONT_STAND = {
    "head": (400, 70), "neck": (400, 112),
    "sho_r": (366, 136), "sho_l": (434, 136), "hip_r": (382, 244), "hip_l": (418, 244),
    "knee_r": (381, 374), "knee_l": (419, 374), "ankle_r": (380, 489), "ankle_l": (420, 489),
    "toe_r": (372, 492), "toe_l": (428, 492),
    "elbow_r": (348, 220), "elbow_l": (452, 220), "wrist_r": (342, 292), "wrist_l": (458, 292),
}

FRONT_FOUR = {
    "head": (404, 96), "neck": (402, 138),
    "sho_r": (370, 164), "sho_l": (438, 164), "hip_r": (384, 266), "hip_l": (420, 266),
    "knee_r": (300, 318), "knee_l": (424, 380), "ankle_r": (412, 350), "ankle_l": (420, 489),
    "toe_r": (446, 344), "toe_l": (428, 492),
    "elbow_r": (326, 236), "elbow_l": (452, 244), "wrist_r": (310, 300), "wrist_l": (430, 322),
}

FRONT_FOUR_SQUAT = {
    "head": (408, 136), "neck": (405, 172),
    "sho_r": (372, 190), "sho_l": (440, 190), "hip_r": (386, 292), "hip_l": (422, 292),
    "knee_r": (298, 340), "knee_l": (426, 392), "ankle_r": (412, 372), "ankle_l": (420, 489),
    "toe_r": (446, 366), "toe_l": (428, 492),
    "elbow_r": (326, 262), "elbow_l": (454, 268), "wrist_r": (306, 322), "wrist_l": (432, 346),
}


def standing_gluteal_stretch():
    body = front_figure_svg(FRONT_FOUR_SQUAT)
    body += arrow([(520, 250), (520, 330)], width=7, head=17)
    return ("Standing gluteal stretch: standing on one leg with the other ankle crossed over "
            "the knee in a figure four, sitting back into a slight squat.", body)


SCENES = {
    "core-activation-breathing": core_activation_breathing,
    "diaphragm-activation": diaphragm_activation,
    "forearm-plank": forearm_plank,
    "bosu-crunch": bosu_crunch,
    "fetal-position-relaxation": fetal_position_relaxation,
    "thoracolumbar-relaxation": thoracolumbar_relaxation,
    "leg-strengthening-squat": leg_strengthening_squat,
    "gym-ball-back-stretch": gym_ball_back_stretch,
    "gym-ball-hip-thigh-stretch": gym_ball_hip_thigh_stretch,
    "standing-gluteal-stretch": standing_gluteal_stretch,
    "glute-bridge": glute_bridge,
    "bird-dog": bird_dog,
    "cat-camel": cat_camel,
    "hip-flexor-stretch": hip_flexor_stretch,
    "chin-tuck": chin_tuck,
    "shoulder-blade-squeeze": shoulder_blade_squeeze,
}
