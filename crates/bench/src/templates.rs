//! Sentence templates, grouped by what news about the drug war reports. `{SLOT}`s are filled
//! by [`crate::article::Writer`]: `PER` a person (first mention with title or appositive),
//! `PERN` a bare name, `PERA` a name that may end in an appositive, `SUSP`/`SUSPN`/`SUSPA` the same for suspects, `HE`/`HIS` pronouns for
//! the last person; `USAG`/`MXAG`/`ORG` organisations; `MXCITY`, `MXSTATE`, `USCITY`,
//! `USSTATE`, `COUNTRY`, `REGION`, `HOMECITY` places; `WHEN`, `ON_DAY`, `DATE`, `SINCE`, `DUR`,
//! `YEAR`, `BY` time expressions; `NSMALL`, `NMED`, `NBIG`, `NUMW`, `CREWN`, `HARDN`, `MONEY`,
//! `PCT`, `HEDGE` figures; `LQ`/`RQ` quote marks, `APOS` an apostrophe (straight or curly), `Q` quoted words, `SPV` a speech verb.

use crate::rng::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Violence,
    Policy,
    Border,
    Arrests,
}

pub const THEMES: &[Theme] = &[
    Theme::Violence,
    Theme::Policy,
    Theme::Border,
    Theme::Arrests,
];

pub const HEADLINES: &[&str] = &[
    "{NSMALL} killed in {MXCITY} as cartel violence spreads",
    "Gunmen kill {NSMALL} at {WHERE} in northern Mexico",
    "U.S. to send more {CREWS} to Mexico border",
    "Mexico drug war death toll passes {NBIG}",
    "Congress weighs {MONEY} in new aid for Mexico",
    "Suspected {CARTEL} leader extradited to U.S.",
    "Border agents seize record load of {DRUG}",
    "Mexico deploys {CREWN} to {MXSTATE}",
    "Officials meet in {MXCITY} to discuss {TOPIC}",
    "Report: most guns seized in Mexico come from {USSTATE}",
    "Violence in {HOMECITY} drives families north",
    "Extradition of cartel figures rises {PCT}",
];

/// Opening sentences: the news of the day.
const LEAD_VIOLENCE: &[&str] = &[
    "{HEDGE}{NSMALL} {VICTIM} were killed {WHEN} when gunmen opened fire on {WHERE} in {MXCITY}, authorities said.",
    "Gunmen killed {NSMALL} {VICTIM} in {HOMECITY} {ON_DAY}, bringing the number of drug-related killings in the city {DUR} to {NBIG}.",
    "Soldiers found the bodies of {NSMALL} men {ON_DAY} in a ravine outside {MXCITY}, the latest sign of the fighting between {CARTEL} and {CARTEL}.",
    "A grenade attack on {WHERE} in {MXCITY} left {NSMALL} people dead and {NSMALL} wounded {ON_DAY}, {MXAG} said.",
];

const LEAD_POLICY: &[&str] = &[
    "{PER} arrived in {MXCITY} {ON_DAY} for talks on {TOPIC} that are expected to be overshadowed by the violence along the border.",
    "The administration said {WHEN} it would ask Congress for {MONEY} to help Mexico fight drug traffickers, a sharp increase over the {MONEY} approved {WHEN}.",
    "{PER} met with {PERN} {ON_DAY} to discuss {TOPIC} and {TOPIC}, as both governments face growing pressure over the drug war.",
    "U.S. and Mexican officials agreed {WHEN} to expand cooperation on {TOPIC}, {OUTLET} reported.",
];

const LEAD_BORDER: &[&str] = &[
    "The United States will send {CREWN} and {HARDN} to the southwest border {BY}, {PER} said {ON_DAY}.",
    "{USAG} said {ON_DAY} that it had seized {NBIG} pounds of {DRUG} at the {USCITY} port of entry, one of the largest loads of the year.",
    "Officials in {USSTATE} asked Washington {WHEN} for {CREWN} to guard the border, saying the violence in Mexico threatens to spill over.",
];

const LEAD_ARRESTS: &[&str] = &[
    "{SUSPN}, who is accused of moving tons of {DRUG} into the United States for {CARTEL}, was extradited to {USCITY} {ON_DAY}.",
    "{USAG} agents arrested {NSMALL} suspected members of {CARTEL} in raids in {USCITY} and {USCITY} {ON_DAY}, officials said.",
    "Mexican marines captured {SUSP} in {MXCITY} {ON_DAY}, {MXAG} said.",
];

const VIOLENCE: &[&str] = &[
    "{HEDGE}{NBIG} people have been killed in drug-related violence in Mexico since {SINCE}, according to {MXAG}.",
    "The death toll from the drug war rose to {NBIG} {WHEN}, {OUTLET} reported.",
    "At least {NSMALL} of the dead were {VICTIM}, {PER} said.",
    "{HOMECITY} recorded {NMED} homicides in {YEAR}, up from {NMED} the year before.",
    "{PER} was shot dead {ON_DAY} outside {HIS} home in {MXCITY}.",
    "Violence in {MXSTATE} has claimed {HEDGE}{NMED} lives {DUR}.",
    "{MXAG} said {NSMALL} officers had died in ambushes {DUR}.",
    "The killings pushed the number of drug-related deaths this year past {NBIG}.",
    "Police said {NSMALL} of the victims had been tortured before they were killed.",
    "In {MXCITY}, {NSMALL} {VICTIM} died {WHEN} in a shootout between soldiers and gunmen.",
    "Killings in {MXSTATE} fell {PCT} {DUR}, but kidnappings rose {PCT}.",
    "The bodies of {NSMALL} {VICTIM} were left on a highway near {MXCITY} with a message signed by {CARTEL}.",
];

const POLICY: &[&str] = &[
    "{USAG} announced {WHEN} that it would spend {MONEY} on {USE}.",
    "Congress approved {MONEY} for the aid package in {YEAR}, but only {PCT} of it had been delivered {BY}.",
    "The package includes {MONEY} for {USE} and {MONEY} for {USE}.",
    "{PER} asked lawmakers {WHEN} for an additional {MONEY} for {USE}.",
    "Mexico spends {MONEY} a year on security, {PCT} more than it did in {YEAR}.",
    "The cartels earn {MONEY} a year from drug sales in the United States, according to {USAG}.",
    "Trade between the two countries reached {MONEY} in {YEAR}.",
    "Remittances from Mexicans working in the United States fell {PCT} in {YEAR}, to {MONEY}.",
    "{PER} met with {PERN} in {MXCITY} {ON_DAY} to discuss {TOPIC}.",
    "The two governments agreed {WHEN} to share more intelligence on {TOPIC}.",
    "{ORG} said in a report released {WHEN} that the aid had done little to reduce {TOPIC}.",
    "Officials from {COUNTRY} and {COUNTRY} will join the talks on {TOPIC} {BY}.",
];

const BORDER: &[&str] = &[
    "{USAG} has {CREWN} along the southwest border, up {PCT} since {SINCE}.",
    "Mexico has deployed {CREWN} to {MXSTATE} {DUR}.",
    "{PER} said {NMED} {CREWS} would be moved to {USCITY} {BY}.",
    "Agents seized {NBIG} pounds of {DRUG} at the {USCITY} port of entry {WHEN}.",
    "{PCT} of the {WEAPON} recovered in Mexico {DUR} were traced to gun shops in {USSTATE}, {USAG} said.",
    "Inspectors check only {PCT} of southbound vehicles, according to {ORG}.",
    "Apprehensions along the border dropped {PCT} in fiscal {YEAR}.",
    "The deployment of {NMED} National Guard troops will cost {MONEY}.",
    "The administration will send {CREWN} and {HARDN} to the border {WHEN}.",
    "Smugglers have dug {NSMALL} tunnels under the border near {USCITY} {DUR}.",
    "Cocaine bound for the United States passes through {REGION} and {COUNTRY} before reaching {MXSTATE}.",
];

const ARRESTS: &[&str] = &[
    "{USAG} agents arrested {NSMALL} suspected members of {CARTEL} in {USCITY} {WHEN}.",
    "{SUSPN}, who is accused of smuggling tons of {DRUG} into the United States, was extradited to {USCITY} {ON_DAY}.",
    "Prosecutors say {CARTEL} moved {NBIG} kilograms of {DRUG} a month through {MXCITY}.",
    "{MXAG} offered a reward of {MONEY} for information leading to the capture of {SUSPA}.",
    "Soldiers detained {NSMALL} police officers in {MXCITY} {WHEN} on suspicion of working for {CARTEL}.",
    "In all, {NBIG} people were arrested in {NMED} operations {DUR}.",
    "Troops seized {NMED} {WEAPON}, {MONEY} in cash and {NSMALL} vehicles at a ranch near {MXCITY}.",
    "{SUSP} faces charges of drug trafficking and money laundering in a federal court in {USCITY}.",
    "Mexico extradited {NSMALL} suspects to the United States {DUR}, {PCT} more than in {YEAR}.",
];

const ANALYSIS: &[&str] = &[
    "Mexico{APOS}s {CREWS} have been accused of abuses in {MXSTATE}, {ORG} said.",
    "{PERN}{APOS}s office said {HE} would travel to {USCITY} {BY}.",
    "The United States{APOS} share of the cost is {MONEY}, according to {USAG}.",
    "{SUSP} had eluded capture for {NUMW} years, officials said.",
    "Prosecutors say {SUSPN} ordered the killings of {NSMALL} {VICTIM} in {MXSTATE}.",
    "Analysts say the fighting between {CARTEL} and {CARTEL} is driving much of the violence.",
    "The violence has spread from border cities such as {MXCITY} to resort towns like {MXCITY}.",
    "Critics say the military strategy has failed to reduce the flow of {DRUG} north.",
    "{PER} said the government had underestimated the cartels.",
    "Many residents of {HOMECITY} say they no longer go out after dark.",
    "{ORG} reported {WHEN} that complaints of abuses by soldiers rose {PCT} {DUR}.",
    "Polls show {PCT} of Mexicans believe the cartels are winning.",
    "Fewer than {PCT} of crimes in Mexico end in a conviction, {ORG} estimates.",
    "The border region is home to about {NUMW} million people.",
    "{PERN} of {ORG} said the numbers understate the problem.",
    "There have been {NUMW} similar attacks in {MXSTATE} {DUR}.",
];

const QUOTES: &[&str] = &[
    "{LQ}{Q},{RQ} {PER} {SPV}.",
    "{LQ}{Q},{RQ} said {PERA}.",
    "{PER} said: {LQ}{Q}.{RQ}",
    "{LQ}{Q},{RQ} {PER} told {OUTLET} {WHEN}. {LQ}{Q}.{RQ}",
    "{LQ}{Q},{RQ} {HE} said.",
    "{LQ}{Q},{RQ} {HE} added. {LQ}{Q}.{RQ}",
    "{PER} called the attack {LQ}{SCARE}{RQ} and said {HE} would ask for more federal help.",
    "{LQ}{QUESTION}?{RQ} asked {PERA}.",
    "{LQ}{Q},{RQ} says {PERN}.",
    "In a statement, {ORG} said: {LQ}{Q}.{RQ}",
    "{LQ}{Q}.{RQ}",
    "According to {PERN}, {NSMALL} of the victims were {VICTIM}.",
    "{PER} said in an interview that the number of {CREWS} in {MXSTATE} would double {BY}.",
    "{PERN} described the strategy as {LQ}{SCARE}.{RQ}",
];

pub fn lead_group(theme: Theme) -> &'static [&'static str] {
    match theme {
        Theme::Violence => LEAD_VIOLENCE,
        Theme::Policy => LEAD_POLICY,
        Theme::Border => LEAD_BORDER,
        Theme::Arrests => LEAD_ARRESTS,
    }
}

const GROUPS: [&[&str]; 6] = [VIOLENCE, POLICY, BORDER, ARRESTS, ANALYSIS, QUOTES];

/// A body sentence group: mostly the theme's own, then quotes and background.
pub fn group_for(theme: Theme, rng: &mut Rng) -> &'static [&'static str] {
    let weights: [u32; 6] = match theme {
        Theme::Violence => [30, 5, 5, 10, 20, 30],
        Theme::Policy => [10, 30, 10, 5, 15, 30],
        Theme::Border => [10, 10, 30, 10, 10, 30],
        Theme::Arrests => [10, 5, 10, 30, 15, 30],
    };
    GROUPS[rng.weighted(&weights)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_non_empty() {
        for g in GROUPS {
            assert!(!g.is_empty());
        }
        for t in THEMES {
            assert!(!lead_group(*t).is_empty());
        }
        assert!(!HEADLINES.is_empty());
    }
}
