import type { Collateral, PostalAddress, RealEstateCollateral, VehicleCollateral } from "./application.js";
import { realEstateOccupancies } from "./application.js";
import type { ItemSink } from "./missing-item.js";
import { validateVin } from "./vin.js";

/** The first model year of 17-character VINs (49 CFR 565, model year 1981). */
const firstVinModelYear = 1981;

function checkVehicle(vehicle: VehicleCollateral, sink: ItemSink, maxModelYear: number | undefined): void {
  const at = (field: string) => ["collateral", field];
  if (sink.require(vehicle.vin, at("vin")) && vehicle.vin !== undefined) {
    const vin = validateVin(vehicle.vin, at("vin"));
    if (!vin.ok) sink.add(at("vin"), vin.error.code, vin.error.message);
  }
  if (sink.require(vehicle.year, at("year")) && vehicle.year !== undefined) {
    const tooLate = maxModelYear !== undefined && vehicle.year > maxModelYear;
    if (!Number.isInteger(vehicle.year) || vehicle.year < firstVinModelYear || tooLate) {
      const upper = maxModelYear === undefined ? "" : `..${maxModelYear}`;
      sink.add(at("year"), "invalid_year", `model year must be a whole year ${firstVinModelYear}${upper}`);
    }
  }
  sink.require(vehicle.make, at("make"));
  sink.require(vehicle.model, at("model"));
  if (sink.require(vehicle.mileage, at("mileage")) && vehicle.mileage !== undefined) {
    if (!Number.isSafeInteger(vehicle.mileage) || vehicle.mileage < 0) {
      sink.add(at("mileage"), "invalid_mileage", "mileage must be a whole number ≥ 0");
    }
  }
  sink.requireAmount(vehicle.valueMinor, at("valueMinor"));
}

function checkAddress(address: PostalAddress | undefined, sink: ItemSink): void {
  const path = ["collateral", "address"];
  if (!sink.require(address, path) || address === undefined) return;
  for (const field of ["line1", "city", "postalCode", "country"] as const)
    sink.require(address[field], [...path, field]);
  if (address.country === "US") sink.require(address.region, [...path, "region"]);
}

function checkRealEstate(property: RealEstateCollateral, sink: ItemSink): void {
  checkAddress(property.address, sink);
  sink.require(property.propertyType, ["collateral", "propertyType"]);
  if (sink.require(property.occupancy, ["collateral", "occupancy"]) && property.occupancy !== undefined) {
    if (!realEstateOccupancies.includes(property.occupancy)) {
      sink.add(
        ["collateral", "occupancy"],
        "invalid_occupancy",
        `occupancy is one of ${realEstateOccupancies.join(", ")}`,
      );
    }
  }
  sink.requireAmount(property.appraisedValueMinor, ["collateral", "appraisedValueMinor"]);
}

/**
 * Checks the collateral section: present (`{ type: "none" }` is an explicit answer), of the type
 * the product requires when it requires one, and complete for its type.
 */
export function checkCollateral(
  collateral: Collateral | undefined,
  sink: ItemSink,
  required: Collateral["type"] | undefined,
  maxModelYear: number | undefined,
): void {
  if (!sink.require(collateral, ["collateral"]) || collateral === undefined) return;
  if (required !== undefined && collateral.type !== required) {
    sink.add(["collateral", "type"], "collateral_type_required", `this product needs ${required} collateral`);
    return;
  }
  if (collateral.type === "vehicle") checkVehicle(collateral, sink, maxModelYear);
  else if (collateral.type === "real_estate") checkRealEstate(collateral, sink);
  else if (collateral.type !== "none")
    sink.add(["collateral", "type"], "invalid_collateral_type", "unknown collateral type");
}
